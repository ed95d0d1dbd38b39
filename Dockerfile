# The API image for docker-compose.yml. Neo4j comes from the official image, so no Java here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
COPY tsconfig.json ./
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/main.ts"]
