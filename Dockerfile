# One image for every service; docker-compose.yml picks the service with its command. The services
# run compiled code with plain Node: the build stage compiles (npm run build), the image keeps dist/
# and the production dependencies only.
FROM node:20-bookworm-slim AS build
# better-sqlite3 builds from source where no prebuilt binary can be downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "--enable-source-maps", "dist/scripts/serve.js", "gateway"]
