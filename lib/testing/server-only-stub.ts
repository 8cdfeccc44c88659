// "server-only" throws when imported outside the React server build; tests run the
// server modules directly in Node, so they get this empty stand-in instead.
export {};
