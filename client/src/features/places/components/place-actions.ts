import {
  allowedPlaceTransitions,
  EDITABLE_PLACE_STATUSES,
  missingToOpen,
  type TFieldNeededToOpen,
  type TPlace,
  type TPlaceStatus,
} from '@kansplek/api/contract';

export type PlaceAction = 'publish' | 'resume' | 'pause' | 'fill' | 'close';

/** The word on the button for a move: the same target status reads differently from different places. */
function actionFor(from: TPlaceStatus, to: TPlaceStatus): PlaceAction | null {
  if (to === 'open') return from === 'draft' ? 'publish' : 'resume';
  if (to === 'paused') return 'pause';
  if (to === 'filled') return 'fill';
  if (to === 'closed') return 'close';
  return null;
}

export interface PlaceActionOption {
  action: PlaceAction;
  to: TPlaceStatus;
  /** Filling and closing cannot be undone, so they ask for confirmation first. */
  final: boolean;
}

export interface PlaceActions {
  actions: PlaceActionOption[];
  /** What a draft still lacks before it can be published (the publish button is hidden until then). */
  missingToPublish: TFieldNeededToOpen[];
  canEdit: boolean;
}

/** Which lifecycle buttons a place shows: the server's own transition table, and a draft must be complete. */
export function placeActions(
  place: Pick<TPlace, 'status' | 'title' | 'description' | 'location' | 'hours' | 'startDate'>,
): PlaceActions {
  const missing = place.status === 'draft' ? missingToOpen(place) : [];
  const actions = allowedPlaceTransitions(place.status).flatMap((to) => {
    const action = actionFor(place.status, to);
    if (!action || (action === 'publish' && missing.length > 0)) return [];
    return [{ action, to, final: to === 'filled' || to === 'closed' }];
  });
  return { actions, missingToPublish: missing, canEdit: EDITABLE_PLACE_STATUSES.includes(place.status) };
}
