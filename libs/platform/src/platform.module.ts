import { type DynamicModule, Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AccountDirectory, CalendarProvider, type Clock, CommandProcessor, type EventStore, type KeyStore, procedureProtection, ProtectedEventStore, type ReadStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { procedureUpcasters } from '@pdr/procedures';
import { CaseQueries, ContactQueries, DeadlineQueries } from '@pdr/read-side';
import { makeClock } from './clock/make-clock';
import { type AppConfig, loadConfig } from './config/app-config';
import { type OpenedEventStore, openEventStore } from './stores/open-event-store';
import { type OpenedReadStore, openReadStore } from './stores/open-read-store';
import { type OpenedKeyStore, openKeyStore } from './stores/open-key-store';
import { FirstAdministrator } from './identity/first-administrator';
import { type OpenedIdentity, openIdentity } from './identity/open-identity';
import { APP_CONFIG, CLOCK, EVENT_STORE, IDENTITY, IDENTITY_VERIFIER, KEY_STORE, LOG_STORE, READ_STORE, UPCASTERS } from './tokens';
import { ForgettingSweep } from './protection/forgetting-sweep';

export const EVENT_STORE_ADAPTER = Symbol('EventStoreAdapter');
export const READ_STORE_ADAPTER = Symbol('ReadStoreAdapter');
const OPENED_EVENT_STORE = Symbol('OpenedEventStore');
const OPENED_READ_STORE = Symbol('OpenedReadStore');
const OPENED_KEY_STORE = Symbol('OpenedKeyStore');
const logger = new Logger('Protection');

/** Closes the stores last, after everything that uses them has stopped. */
@Injectable()
class StoresLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(KEY_STORE) private readonly keyStore: KeyStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
    await this.readStore.close();
    await this.keyStore.close();
  }
}

/** The ports and their adapters, chosen by configuration: embedded unless a connection string says otherwise. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, overrides: { clock?: Clock } = {}): DynamicModule {
    const clock = overrides.clock ?? makeClock(config);
    return {
      module: PlatformModule,
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: (env) => ({ ...env, app: loadConfig(env) }) })],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: UPCASTERS, useFactory: procedureUpcasters },
        { provide: OPENED_EVENT_STORE, useFactory: (time: Clock) => openEventStore(config, time), inject: [CLOCK] },
        { provide: LOG_STORE, useFactory: (opened: OpenedEventStore) => opened.store, inject: [OPENED_EVENT_STORE] },
        { provide: OPENED_KEY_STORE, useFactory: () => openKeyStore(config) },
        { provide: KEY_STORE, useFactory: (opened: OpenedKeyStore) => opened.store, inject: [OPENED_KEY_STORE] },
        {
          // Everything above the ports reads and writes through the protection: the log holds classified fields sealed.
          provide: EVENT_STORE,
          useFactory: (opened: OpenedEventStore, keys: KeyStore) =>
            new ProtectedEventStore(opened.store, keys, procedureProtection, (event, path) => logger.warn(`event ${event.eventId} (${event.type}): ${path} cannot be opened (key missing or value altered)`)),
          inject: [OPENED_EVENT_STORE, KEY_STORE],
        },
        { provide: EVENT_STORE_ADAPTER, useFactory: (opened: OpenedEventStore) => opened.adapter, inject: [OPENED_EVENT_STORE] },
        { provide: OPENED_READ_STORE, useFactory: (keys: KeyStore) => openReadStore(config, keys), inject: [KEY_STORE] },
        { provide: READ_STORE, useFactory: (opened: OpenedReadStore) => opened.store, inject: [OPENED_READ_STORE] },
        { provide: READ_STORE_ADAPTER, useFactory: (opened: OpenedReadStore) => opened.adapter, inject: [OPENED_READ_STORE] },
        {
          provide: CommandProcessor,
          useFactory: (store: EventStore, upcasters: UpcasterRegistry, time: Clock) => new CommandProcessor(store, upcasters, time),
          inject: [EVENT_STORE, UPCASTERS, CLOCK],
        },
        { provide: CaseQueries, useFactory: (store: ReadStore) => new CaseQueries(store), inject: [READ_STORE] },
        { provide: ContactQueries, useFactory: (store: ReadStore) => new ContactQueries(store), inject: [READ_STORE] },
        { provide: DeadlineQueries, useFactory: (store: ReadStore) => new DeadlineQueries(store), inject: [READ_STORE] },
        { provide: CalendarProvider, useFactory: (store: EventStore, upcasters: UpcasterRegistry) => new CalendarProvider(store, upcasters), inject: [EVENT_STORE, UPCASTERS] },
        { provide: AccountDirectory, useFactory: (processor: CommandProcessor) => new AccountDirectory(processor), inject: [CommandProcessor] },
        { provide: IDENTITY, useFactory: (accounts: AccountDirectory) => openIdentity(config, accounts), inject: [AccountDirectory] },
        { provide: IDENTITY_VERIFIER, useFactory: (identity: OpenedIdentity) => identity.verifier, inject: [IDENTITY] },
        FirstAdministrator,
        ForgettingSweep,
        StoresLifecycle,
      ],
      exports: [APP_CONFIG, CLOCK, UPCASTERS, EVENT_STORE, KEY_STORE, LOG_STORE, ForgettingSweep, EVENT_STORE_ADAPTER, READ_STORE, READ_STORE_ADAPTER, CommandProcessor, CaseQueries, ContactQueries, DeadlineQueries, CalendarProvider, AccountDirectory, IDENTITY, IDENTITY_VERIFIER],
    };
  }
}
