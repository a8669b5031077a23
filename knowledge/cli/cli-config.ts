// The kb commands read configuration once, from the environment.
import { ConfigError, loadConfig, type Config } from '../../contracts/config';

export function cliConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
