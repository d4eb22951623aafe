# The image docker-compose.yml builds: the server (and the web UI it serves) on Node 20, glibc (Debian).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npx nx run-many -t build --projects=language,migrations,server

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 3000
USER node
CMD ["node", "server/dist/main.js"]
