# Kennisgraaf app image (the database runs in its own container; see docker-compose.yml).
# Stage 1 builds the web app; stage 2 runs the server with production dependencies only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 FROG_HOME=/tmp/kennisgraaf-frog
# Article intake: Frog (Dutch NLP, started on the first article) and pdftotext for PDFs.
RUN apt-get update && apt-get install -y --no-install-recommends frog frogdata poppler-utils && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/web ./dist/web
COPY schema.graphql tsconfig.json ./
COPY server ./server
COPY neo4j ./neo4j
COPY seed ./seed
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=10 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "server/src/main.ts"]
