# Kansplek's image: the API compiled to JavaScript, the web client built once, production dependencies
# only, run as an unprivileged user. Build: docker build -t kansplek . (README, "Production").

# Node 24 is the LTS line here; the code also runs on Node 20.19+ for the quick start.
ARG NODE_IMAGE=node:24-trixie-slim

# The manifests and the lock, which both stages install from.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY search/package.json search/
COPY seed/package.json seed/
COPY client/package.json client/

FROM manifests AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY api api
COPY search search
COPY seed seed
COPY client client
# tsc emits api, search and seed to dist/ (type checking is `npm run lint`'s job); Vite builds the client.
RUN npm run build

FROM manifests AS runtime
# NODE_OPTIONS: the workspace packages resolve to their compiled dist/ (package.json "exports") for
# every node command run in the image (the API, create-admin, reindex).
ENV NODE_ENV=production \
    PORT=3000 \
    API_MAX_OLD_SPACE_MB=1536 \
    NODE_OPTIONS=--conditions=kansplek-compiled
RUN npm ci --omit=dev --no-audit --no-fund \
      --workspace @kansplek/api --workspace @kansplek/search --workspace @kansplek/seed \
    && npm cache clean --force
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/search/dist search/dist
COPY --from=build /app/seed/dist seed/dist
COPY --from=build /app/client/dist client/dist
# The image's unprivileged node user (uid 1000); it writes nothing here (production needs MONGODB_URI,
# so there is no embedded database under DATA_DIR).
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# exec: node replaces the shell as PID 1, so it receives SIGTERM itself (graceful shutdown).
CMD ["sh", "-c", "exec node --max-old-space-size=\"$API_MAX_OLD_SPACE_MB\" api/dist/main.js"]
