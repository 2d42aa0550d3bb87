import { systemClock } from '@pdr/application';
import { describeSchedulerContract } from '@pdr/testing';
import { EmbeddedScheduler } from './embedded-scheduler';

// Short retry delays keep the retry test fast; the behaviour is the same as with the defaults.
describeSchedulerContract('embedded (system clock)', async () => {
  const scheduler = new EmbeddedScheduler({ clock: systemClock, retryDelaysMs: [20, 50] });
  return { scheduler, clock: systemClock, dispose: () => scheduler.stop() };
});
