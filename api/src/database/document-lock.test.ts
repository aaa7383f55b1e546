import mongoose, { Schema } from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { updateDocument } from './document-lock';

const Counter = mongoose.model('LockTestCounter', new Schema({ version: Number, n: Number }));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('document lock', () => {
  it('when six writers race on one version, then exactly one wins each round and no increment is lost', async () => {
    for (let round = 0; round < 5; round += 1) {
      const doc = await Counter.create({ version: 0, n: 0 });
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          updateDocument(Counter, { _id: doc._id, version: 0 }, { $inc: { version: 1 }, $set: { n: i } }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      await Promise.all(
        Array.from({ length: 6 }, () => updateDocument(Counter, { _id: doc._id }, { $inc: { n: 10 } })),
      );
      const stored = await Counter.findById(doc._id).lean();
      expect(stored!.version).toBe(1);
      expect(stored!.n).toBe(results.find(Boolean)!.n! + 60);
    }
  });
});
