import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { candidatesMatchedTo, forgetMatchPairs, hasMatch, placesMatchedTo } from './match-pairs';
import { MatchModel } from './matches.model';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const id = () => new mongoose.Types.ObjectId();
const storeMatch = (placeId: mongoose.Types.ObjectId, candidateId: mongoose.Types.ObjectId) =>
  MatchModel.create({
    placeId,
    candidateId,
    regionId: id(),
    contractorId: id(),
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

  it('when matches are removed, or written around the model and the pairs forgotten, then they are read again', async () => {
    const [place, candidate] = [id(), id()];
    await storeMatch(place, candidate);
    expect(await hasMatch(place, candidate)).toBe(true);
    await MatchModel.deleteMany({ placeId: place });
    expect(await hasMatch(place, candidate)).toBe(false);
    await MatchModel.collection.insertOne({ placeId: place, candidateId: candidate });
    forgetMatchPairs();
    expect(await hasMatch(place, candidate)).toBe(true);
  });

  it('when the pairs are asked for many times at once while they load, then all answers agree', async () => {
    forgetMatchPairs();
    const place = id();
    await storeMatch(place, id());
    const answers = await Promise.all(Array.from({ length: 5 }, () => candidatesMatchedTo(place)));
    expect(new Set(answers.map((a) => a.size))).toEqual(new Set([1]));
  });
});
