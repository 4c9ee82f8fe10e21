/** `npm start -w @samples/local-idp`: runs the local identity provider until Ctrl-C. */
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
console.log(`  client: ${settings.clientId}, redirect URI ${settings.sampleBaseUrl}/callback`);
console.log(`  client: ${settings.pagesClientId}, redirect URI ${settings.pagesSampleBaseUrl}/api/logto/sign-in-callback`);
console.log(
  `  client: ${settings.appClientId} / ${settings.appClientSecret} (your app), redirect URIs ${settings.appBaseUrls
    .flatMap((base) => [`${base}/callback`, `${base}/api/logto/sign-in-callback`])
    .join(', ')}`,
);
console.log(`  test user: ${testUser.username} / ${testUser.password}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void idp.close().finally(() => process.exit(0));
  });
}
