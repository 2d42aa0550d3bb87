import { systemClock } from '@pdr/application';
import { describeSchedulerContract } from '@pdr/testing';
import { BullmqScheduler } from './bullmq-scheduler';
import { disposeScheduler, redisUnavailableReason, testOptions } from './redis-test-support';

const unavailable = redisUnavailableReason();

// A queue per test (unique name) under a test prefix; each one is obliterated afterwards.
describeSchedulerContract(
  'BullMQ',
  unavailable
    ? undefined
    : async () => {
        const options = testOptions('contract');
        const scheduler = await BullmqScheduler.connect(options);
        return { scheduler, clock: systemClock, dispose: () => disposeScheduler(scheduler, options) };
      },
  unavailable,
);
