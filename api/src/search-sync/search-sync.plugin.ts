import type { Query, Schema, UpdateQuery } from 'mongoose';
import { requestSearchSync } from './sync-trigger';

/** Spread into an indexed model's schema definition (so the fields are typed); the plugin adds the hooks. */
export const searchSyncFields = {
  searchVersion: { type: Number, default: 1 },
  indexedVersion: { type: Number, default: 0 },
  searchDirty: { type: Boolean, default: true },
} as const;

/**
 * Makes a collection searchable-by-sync: every change bumps `searchVersion` and sets `searchDirty` in
 * the same atomic update, so the index can never silently miss a write; the sync worker pushes dirty
 * records and then marks them indexed (see @kansplek/search `syncOnce`). Applied to each indexed model.
 */
export function searchSyncPlugin(schema: Schema): void {
  schema.index({ searchDirty: 1, _id: 1 });

  schema.pre(['findOneAndUpdate', 'updateOne', 'updateMany'], function (this: Query<unknown, unknown>) {
    const update = this.getUpdate() as UpdateQuery<unknown> | null;
    if (!update || Array.isArray(update)) return;
    update.$set = { ...(update.$set ?? {}), searchDirty: true };
    update.$inc = { ...(update.$inc ?? {}), searchVersion: 1 };
    this.setUpdate(update);
  });
  schema.pre('save', function () {
    if (this.isNew) return;
    this.set('searchDirty', true);
    this.set('searchVersion', ((this.get('searchVersion') as number) ?? 0) + 1);
  });
  schema.post(['findOneAndUpdate', 'updateOne', 'updateMany'], () => requestSearchSync());
  schema.post('save', () => requestSearchSync());
  schema.post('insertMany', () => requestSearchSync());
}
