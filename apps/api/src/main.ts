import { ConfigError, loadConfig } from '@pdr/platform';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApi(config);
  await app.listen(config.port, config.host);
  process.stdout.write(`Listening on http://localhost:${config.port} (OpenAPI at /openapi.json, docs at /docs)\n`);
}

void main();
