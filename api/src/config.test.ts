import { ConfigError, loadConfig } from './config';

const base = { SESSION_SECRET: 'x'.repeat(32), DATA_DIR: '/tmp/kansplek-config-test' };

describe('configuration', () => {
  it('when nothing is set, then development defaults apply', () => {
    const config = loadConfig({ DATA_DIR: base.DATA_DIR });
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      PUBLIC_URL: 'http://localhost:3000',
    });
    expect(config.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: base.DATA_DIR }).SESSION_SECRET).toBe(config.SESSION_SECRET);
  });

  it('when match weights are configured, then named factors change and the others keep their default', () => {
    const config = loadConfig({ ...base, MATCH_WEIGHTS: '{"skills": 40, "waiting": 15}' });
    expect(config.MATCH_WEIGHTS).toMatchObject({ skills: 40, waiting: 15, occupation: 15, distance: 15 });
  });

  it('when the search thread is turned off, then the flag says so; by default it is on', () => {
    expect(loadConfig(base).SEARCH_THREAD).toBe(true);
    expect(loadConfig({ ...base, SEARCH_THREAD: 'false' }).SEARCH_THREAD).toBe(false);
  });

  it('when Meilisearch runs in production, then the API needs its own key or the master key to make one', () => {
    const production = {
      ...base,
      NODE_ENV: 'production',
      MONGODB_URI: 'mongodb://db:27017/kansplek',
      PUBLIC_URL: 'https://kansplek.example.nl',
      SMTP_URL: 'smtp://mail.example.nl:587',
      MEILI_URL: 'http://meili:7700',
    };
    expect(() => loadConfig(production)).toThrow(/MEILI_MASTER_KEY: is required .*\(or MEILI_API_KEY\)/);
    expect(loadConfig({ ...production, MEILI_API_KEY: 'api' }).MEILI_API_KEY).toBe('api');
    expect(loadConfig({ ...production, MEILI_MASTER_KEY: 'master' }).MEILI_MASTER_KEY).toBe('master');
  });

  it('when running in production, then the demo is off unless asked for', () => {
    const production = {
      ...base,
      NODE_ENV: 'production',
      MONGODB_URI: 'mongodb://db:27017/kansplek',
      PUBLIC_URL: 'https://kansplek.example.nl',
      SMTP_URL: 'smtp://mail.example.nl:587',
    };
    expect(loadConfig(production).DEMO_DATA).toBe(false);
    expect(loadConfig({ ...production, DEMO_DATA: 'true' }).DEMO_DATA).toBe(true);
    expect(loadConfig(base).DEMO_DATA).toBe(true);
  });

  it('when no heap limit is configured, then 1536 MB applies', () => {
    expect(loadConfig(base).API_MAX_OLD_SPACE_MB).toBe(1536);
    expect(loadConfig({ ...base, API_MAX_OLD_SPACE_MB: '3072' }).API_MAX_OLD_SPACE_MB).toBe(3072);
  });

  it('when production lacks its secrets and addresses, then start-up stops naming each of them', () => {
    let problems = '';
    try {
      loadConfig({ NODE_ENV: 'production', MEILI_URL: 'http://search:7700', DATA_DIR: base.DATA_DIR });
    } catch (error) {
      problems = (error as ConfigError).problems.join('\n');
    }
    for (const variable of ['SESSION_SECRET', 'MONGODB_URI', 'PUBLIC_URL', 'SMTP_URL', 'MEILI_MASTER_KEY']) {
      expect(problems).toMatch(new RegExp(`^${variable}: is required`, 'm'));
    }
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MONGODB_URI: 'postgres://x' }, 'MONGODB_URI'],
    [{ MEILI_URL: 'not a url' }, 'MEILI_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ LOGIN_ATTEMPTS_PER_IP_PER_15_MIN: '0' }, 'LOGIN_ATTEMPTS_PER_IP_PER_15_MIN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'production', SESSION_SECRET: undefined }, 'SESSION_SECRET'],
    [{ SMTP_URL: 'mail.example.nl:25' }, 'SMTP_URL'],
    [{ MAIL_FROM: 'Kansplek' }, 'MAIL_FROM'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA'],
    [{ SEARCH_THREAD: 'off' }, 'SEARCH_THREAD'],
    [{ API_MAX_OLD_SPACE_MB: '1.5GB' }, 'API_MAX_OLD_SPACE_MB'],
    [{ API_MAX_OLD_SPACE_MB: '64' }, 'API_MAX_OLD_SPACE_MB'],
    [{ MATCH_WEIGHTS: '{"charm": 5}' }, 'MATCH_WEIGHTS'],
    [{ MATCH_WEIGHTS: '{"skills": -1}' }, 'MATCH_WEIGHTS'],
    [{ MATCH_WEIGHTS: 'skills=30' }, 'MATCH_WEIGHTS'],
  ])('when %j is given, then start-up stops naming %s', (env, variable) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    try {
      loadConfig({ ...base, ...env });
    } catch (error) {
      expect((error as ConfigError).problems.join('\n')).toMatch(new RegExp(`^${variable}:`, 'm'));
    }
  });
});
