/** What `conduit doctor` needs to check one provider. */
export interface DoctorProvider {
  id: string;
  name: string;
  environmentVariable: string;
  /** Builds a client from the environment (throws ConfigurationError on a bad key) and describes its environment. */
  connect(): { environment: string; ping(): Promise<unknown> };
}
