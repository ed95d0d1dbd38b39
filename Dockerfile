# The API image for docker-compose.yml. Neo4j comes from the official image, so no Java here.
# The server is compiled (tsc → dist/) and the explorer built (Vite) in a stage of their own, with the dev
# dependencies; the image keeps only dist/, the explorer's static bundle and the production dependencies,
# and runs plain node: no tsx, no Vite at run time.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY explorer ./explorer
COPY scripts/build-server.ts scripts/build-explorer.ts scripts/compress-assets.ts ./scripts/
RUN npx tsx scripts/build-server.ts --force && npx tsx scripts/build-explorer.ts --force
# The dev dependencies go once the builds are done, so the image copies the production ones from here
# rather than installing a second time (one npm ci, not two: about a minute of CPU).
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/explorer/dist ./explorer/dist
COPY schema ./schema
COPY seeds ./seeds
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
USER node
CMD ["node", "dist/main.js"]
