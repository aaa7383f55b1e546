import { createUser } from '../../api/src/test/test-data';
import { disconnection, openSocket, received, type TestSocket } from '../../api/src/test/sockets';
import { startCluster, type Cluster } from './support/cluster';
import { ClusterClient } from './support/cluster-client';

let cluster: Cluster;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  cluster = await startCluster({
    env: { LOGIN_ATTEMPTS_PER_15_MIN: '3', LOGIN_ATTEMPTS_PER_IP_PER_15_MIN: '5' },
  });
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await cluster?.stop();
});

async function socketOn(api: Cluster['apis'][number], client: ClusterClient) {
  const socket = await openSocket(api.url, client.cookie);
  sockets.push(socket);
  return socket;
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_r, reject) =>
      setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms),
    ),
  ]);

describe('two API processes with Redis', () => {
  it("when a notification is caused through process A, then the user's socket on process B receives it", async () => {
    const [a, b] = cluster.apis as [Cluster['apis'][number], Cluster['apis'][number]];
    const adminUser = await createUser({ role: 'admin' });
    const admin = await cluster.signIn(adminUser, a);
    const socket = await socketOn(b, admin);
    const notifications = received(socket, 'notification:new');
    const counts = received(socket, 'notification:count');

    // An invited user sets a password through A: A notifies the admin who invited them.
    const invited = await admin.post(a, '/api/users/invitations', {
      email: `uitgenodigd-${Date.now()}@example.nl`,
      name: 'Nieuwe Collega',
      role: 'admin',
      organisationId: adminUser.organisationId,
    });
    expect(invited.status).toBe(201);
    const token = new URL(invited.body.data.inviteUrl).searchParams.get('token');
    const accepted = await new ClusterClient().post(a, '/api/auth/invitations/accept', {
      token,
      password: 'Kansplek-cluster-wachtwoord-7',
    });
    expect(accepted.status).toBe(200);

    await within(
      (async () => {
        while (!notifications.length || !counts.length) await new Promise((r) => setTimeout(r, 50));
      })(),
      5_000,
      'notification on B',
    );
    expect(notifications).toEqual([expect.objectContaining({ kind: 'account_activated' })]);
    expect(counts).toEqual([{ unread: 1 }]);
  });

  it('when a user signs out through process A, then their socket on process B is closed within seconds', async () => {
    const [a, b] = cluster.apis as [Cluster['apis'][number], Cluster['apis'][number]];
    const user = await createUser({ role: 'consultant' });
    const client = await cluster.signIn(user, b);
    const socket = await socketOn(b, client);
    const closed = disconnection(socket);

    expect((await client.post(a, '/api/auth/logout')).status).toBe(200);
    expect(await within(closed, 3_000, 'socket on B closed')).toBe('io server disconnect');
  });

  it('when sign-in fails through both processes, then the limits count across them', async () => {
    const [a, b] = cluster.apis as [Cluster['apis'][number], Cluster['apis'][number]];
    const user = await createUser({ role: 'consultant' });
    // Per address and e-mail (3): two failures through A, one through B, then even the right password is refused.
    const guesser = new ClusterClient('203.0.113.10');
    for (const api of [a, a, b]) {
      expect((await guesser.signIn(api, user.email, 'verkeerd-wachtwoord')).status).toBe(401);
    }
    expect((await guesser.signIn(b, user.email, 'correct-horse-battery-staple')).status).toBe(429);
    expect((await guesser.signIn(a, user.email, 'correct-horse-battery-staple')).status).toBe(429);

    // Per address across e-mail addresses (5): alternating processes and addresses.
    const sprayer = new ClusterClient('203.0.113.11');
    for (let i = 0; i < 5; i += 1) {
      const api = i % 2 ? b : a;
      expect((await sprayer.signIn(api, `niemand${i}@example.nl`, 'Zomer2024!')).status).toBe(401);
    }
    expect((await sprayer.signIn(b, user.email, 'correct-horse-battery-staple')).status).toBe(429);
    expect(
      (await new ClusterClient('203.0.113.12').signIn(b, user.email, 'correct-horse-battery-staple')).status,
    ).toBe(200);
  });
});
