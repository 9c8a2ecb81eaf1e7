// Placeholder entry: replaced by the contract-driven bridge.
export {};
