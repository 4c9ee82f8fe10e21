/** `npm start -w @samples/local-idp`: runs the local identity provider until Ctrl-C. */
import { guideCallbackPaths } from './registry.js';
import { addNumberedUsers, testUser } from './accounts.js';
import { startIdp } from './server.js';
import { settingsFromArgs, settingsFromEnv } from './settings.js';

let settings;
try {
  settings = settingsFromArgs(process.argv.slice(2), settingsFromEnv());
} catch (error) {
  console.error(`local-idp: ${(error as Error).message} See samples/local-idp/.env.example.`);
  process.exit(1);
}

addNumberedUsers(settings.extraTestUsers);
const idp = await startIdp(settings);
// The first line is machine-readable: tools/sample and the e2e tests wait for it.
console.log(`local-idp listening on ${idp.endpoint} (issuer ${idp.issuer})`);
for (const sample of settings.samples) {
  console.log(`  client: ${sample.clientId} (${sample.title}), redirect URI ${sample.baseUrl}${sample.callbackPath}`);
}
console.log(
  `  client: ${settings.appClientId} / ${settings.appClientSecret} (your app), redirect URIs ${settings.appBaseUrls
    .flatMap((base) => guideCallbackPaths.map((callbackPath) => `${base}${callbackPath}`))
    .join(', ')}`,
);
console.log(`  test user: ${testUser.username} / ${testUser.password}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void idp.close().finally(() => process.exit(0));
  });
}
