import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { updateDocument } from '../database/document-lock';
import { candidatesMatchedTo, contractorMatchesAt, hasMatch, placesMatchedTo } from './match-pairs';
import { MatchModel } from './matches.model';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const id = () => new mongoose.Types.ObjectId();
const storeMatch = (
  placeId: mongoose.Types.ObjectId,
  candidateId: mongoose.Types.ObjectId,
  contractorId = id(),
) =>
  MatchModel.create({
    placeId,
    candidateId,
    regionId: id(),
    contractorId,
    stage: 'proposed',
    source: 'manual',
  });

describe('which candidate has a match for which place', () => {
  it('when matches are stored before and after the pairs are read, then both count, in both directions', async () => {
    const [place, early, late] = [id(), id(), id()];
    await storeMatch(place, early);
    expect(await candidatesMatchedTo(place)).toEqual(new Set([String(early)]));
    await storeMatch(place, late);
    expect(await hasMatch(place, late)).toBe(true);
    expect(await placesMatchedTo(late)).toEqual(new Set([String(place)]));
    expect(await hasMatch(id(), late)).toBe(false);
  });

  it('when matches are removed or written around the model, then the next answer sees it', async () => {
    const [place, candidate] = [id(), id()];
    await storeMatch(place, candidate);
    expect(await hasMatch(place, candidate)).toBe(true);
    await MatchModel.deleteMany({ placeId: place });
    expect(await hasMatch(place, candidate)).toBe(false);
    await MatchModel.collection.insertOne({ placeId: place, candidateId: candidate });
    expect(await hasMatch(place, candidate)).toBe(true);
  });

  it("when a contractor's matches move through the stages, then the ones at the asked stages are known", async () => {
    const contractor = id();
    const first = await storeMatch(id(), id(), contractor);
    const second = await storeMatch(id(), id(), contractor);
    await storeMatch(id(), id());
    expect(await contractorMatchesAt(contractor, ['interview', 'trial'])).toEqual([]);
    await updateDocument(MatchModel, { _id: first._id }, { $set: { stage: 'interview' } });
    await updateDocument(MatchModel, { _id: second._id }, { $set: { stage: 'trial' } });
    await updateDocument(MatchModel, { _id: second._id }, { $set: { stage: 'hired' } });
    const atStages = await contractorMatchesAt(contractor, ['interview', 'trial']);
    expect(atStages.map((m) => [m.id, m.stage])).toEqual([[String(first._id), 'interview']]);
    // A change answered with the match as it was before: the pairs are read again, still right.
    await MatchModel.findOneAndUpdate({ _id: first._id }, { $set: { stage: 'trial' } });
    expect((await contractorMatchesAt(contractor, ['trial'])).map((m) => m.id)).toEqual([String(first._id)]);
  });
});
