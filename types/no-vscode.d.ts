// tsconfig.core.json maps the module 'vscode' here: an empty module, so any use of the VS Code API
// from src/core or src/cli fails to type-check ("Property 'window' does not exist on type ...").
export {};
