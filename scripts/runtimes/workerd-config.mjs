/**
 * A minimal workerd config: one ES-module worker, **no** `nodejs_compat` flag, an HTTP socket on
 * loopback, and outbound fetches through a network service that may reach loopback (`local`),
 * where the mock server listens.
 *
 * @param {{ port: number, workerFile: string }} options
 */
export function workerdConfig({ port, workerFile }) {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "harness", worker = .harness),
    (name = "outbound", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "harness")],
);

const harness :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "${workerFile}")],
  compatibilityDate = "2026-11-17",
  globalOutbound = "outbound",
);
`;
}
