"use strict";
// Serve stripe-stateful-mock on 127.0.0.1 only; its CLI binds every interface
// (docs/emulators.md §6). Usage: node stateful_mock_loopback.js <npm prefix dir> [port]
// Prints "listening on http://127.0.0.1:PORT" once the socket is listening.
const path = require("path");

const prefix = process.argv[2];
const port = Number(process.argv[3] || 0);
if (!prefix) {
  console.error("usage: node stateful_mock_loopback.js <npm prefix dir> [port]");
  process.exit(2);
}
const modules = path.join(path.resolve(prefix), "node_modules");
// The mock logs through loglevel; keep only real problems in the captured output.
require(path.join(modules, "loglevel")).setLevel("warn");
const { createExpressApp } = require(path.join(modules, "stripe-stateful-mock"));

const server = createExpressApp().listen(port, "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
