/** The npm `rwanda` package ships its data as plain nested objects without type declarations. */
declare module 'rwanda/data/provinces/index.js' {
  /** Province → District → Sector → Cell → Villages. */
  const provinces: Record<string, Record<string, Record<string, Record<string, string[]>>>>;
  export default provinces;
}
