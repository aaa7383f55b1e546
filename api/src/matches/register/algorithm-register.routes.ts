import { ZAlgorithmRegisterEntry, ZDataOf } from '../../contract';
import { defineRoute } from '../../http/define-route';
import { algorithmRegisterEntry, type RegisterSettings } from './algorithm-register';

/** The algorithm-register entry is public: anyone may read how the matching works. */
export function algorithmRegisterRoutes(settings: RegisterSettings) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/algorithm-register',
      summary:
        "The matching's entry for the Dutch algorithm register, in Dutch, generated from the live configuration (weights, hard constraints, fairness threshold)",
      tags: ['matching'],
      access: 'public',
      response: ZDataOf(ZAlgorithmRegisterEntry),
      handler: async () => ({ data: await algorithmRegisterEntry(settings) }),
    }),
  ];
}
