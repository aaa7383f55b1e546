import http from 'node:http';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { productionEnv, runCommand, signInEnrollingStaff, startApi } from './installed-api';

/** A request whose body is half sent: in flight until the rest follows. Answers its status. */
function requestInFlight(url: string) {
  const body = JSON.stringify({ email: 'niemand@gemeente.example', password: 'x'.repeat(40) });
  const req = http.request(`${url}/api/auth/login`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const status = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { status, finish: () => req.end(body.slice(10)) };
}

describe('shutdown on SIGTERM', () => {
  it('when SIGTERM arrives, then readiness fails, sockets close, the request in flight is answered, and the process exits 0', async () => {
    const env = productionEnv({ SHUTDOWN_DELAY_SECONDS: '1' });
    const api = await startApi(env);
    // A failed step must not leave the API or a socket behind, or jest never exits.
    let socket: Socket | undefined;
    try {
      const created = await runCommand(
        'api/dist/users/create-admin-command.js',
        ['--email', 'stop@gemeente.example', '--name', 'Stop Test'],
        { ...env, ADMIN_PASSWORD: 'een-lang-beheerwachtwoord' },
      );
      expect(created.code).toBe(0);
      const { cookie } = await signInEnrollingStaff(
        api.url,
        'stop@gemeente.example',
        'een-lang-beheerwachtwoord',
      );
      const live = connectSocket(api.url, {
        transports: ['websocket'],
        extraHeaders: { cookie },
        reconnection: false,
      });
      socket = live;
      await new Promise<void>((resolve, reject) => {
        live.once('connect', resolve);
        live.once('connect_error', reject);
      });
      const disconnected = new Promise<string>((resolve) => live.once('disconnect', resolve));
      const inFlight = requestInFlight(api.url);
      await new Promise((resolve) => setTimeout(resolve, 200));

      api.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const ready = await fetch(`${api.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'stopping' });

      // After SHUTDOWN_DELAY_SECONDS the sockets are closed and no new connection is accepted…
      expect(['io server disconnect', 'transport close']).toContain(await disconnected);
      await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
      // …while the request that was in flight still gets its answer (the login it carries is refused).
      inFlight.finish();
      expect(await inFlight.status).toBe(403);
      expect(await api.exited).toBe(0);
      expect(api.output()).toContain('"signal":"SIGTERM"');
    } finally {
      socket?.close();
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
    }
  });
});
