export { OutboxNotifier, readOutbox, type OutboxMessage } from './outbox-notifier';
export { HttpRelayNotifier, type HttpRelayOptions } from './http-relay-notifier';
