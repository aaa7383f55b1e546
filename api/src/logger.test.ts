import { Writable } from 'node:stream';
import { createLogger } from './logger';

/** The project's logger writing its lines as text, to read what would reach the log. */
function logged() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger('info', stream), text: () => lines.join('') };
}

describe('logger', () => {
  it('when an object with a person in it is logged, then their name, e-mail, phone and search text are censored', () => {
    const { log, text } = logged();
    log.info(
      { q: 'Jan Jansen', user: { name: 'Jan Jansen', email: 'jan@example.nl', phone: '0612345678' }, n: 3 },
      'searched',
    );
    expect(text()).not.toMatch(/Jansen|jan@example|0612345678/);
    expect(JSON.parse(text())).toMatchObject({ q: '[redacted]', user: { name: '[redacted]' }, n: 3 });
  });

  it('when a message or an error quotes an e-mail address or a duplicate key, then the log does not', () => {
    const { log, text } = logged();
    log.warn('invitation for jan.jansen@example.nl failed');
    const duplicate = new Error(
      'E11000 duplicate key error collection: kansplek.users index: email_1 dup key: { email: "Jan Jansen <jan@example.nl>" }',
    );
    log.error({ err: duplicate }, 'create failed');
    expect(text()).not.toMatch(/jansen|jan@example/i);
    expect(text()).toContain('E11000 duplicate key error collection: kansplek.users index: email_1');
  });
});
