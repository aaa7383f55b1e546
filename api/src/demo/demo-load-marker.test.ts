import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { beginDemoLoad } from './demo-load-marker';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const things = () => mongoose.connection.collection('demo_test_things');
const silent = () => undefined;

describe('demo load', () => {
  it('when a load was interrupted, then the next start removes what it made and loads again; a finished load is skipped', async () => {
    const first = (await beginDemoLoad('test-region', silent))!;
    const made = await things().insertOne({ name: 'half a demo' });
    await first.created('demo_test_things', made.insertedId);
    const kept = await things().insertOne({ name: 'not made by the demo' });
    // The process stops here: finish() is never called.

    const second = await beginDemoLoad('test-region', silent);
    expect(second).not.toBeNull();
    expect(await things().findOne({ _id: made.insertedId })).toBeNull();
    expect(await things().findOne({ _id: kept.insertedId })).not.toBeNull();
    const again = await things().insertOne({ name: 'whole demo' });
    await second!.created('demo_test_things', again.insertedId);
    await second!.finish();

    expect(await beginDemoLoad('test-region', silent)).toBeNull();
    expect(await things().findOne({ _id: again.insertedId })).not.toBeNull();
  });
});
