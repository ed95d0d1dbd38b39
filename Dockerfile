# The API image for docker-compose.yml. Neo4j comes from the official image, so no Java here.
# The explorer is built in a stage of its own (Vite is a dev dependency); only its static bundle is kept.
FROM node:20-bookworm-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY explorer ./explorer
COPY scripts/build-explorer.ts scripts/compress-assets.ts ./scripts/
RUN npm run build:explorer

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=explorer /app/explorer/dist ./explorer/dist
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
COPY tsconfig.json ./
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/main.ts"]
