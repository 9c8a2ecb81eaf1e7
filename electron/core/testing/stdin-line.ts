/**
 * First line of standard input, for the child processes the crash tests spawn: secrets
 * (a key, a password) reach them on stdin, never as arguments.
 */
export function readStdinLine(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      const nl = text.indexOf('\n');
      if (nl >= 0) {
        process.stdin.pause();
        resolve(text.slice(0, nl));
      }
    });
    process.stdin.on('error', reject);
  });
}
