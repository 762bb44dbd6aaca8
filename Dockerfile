# The Parley service for docker-compose; Neo4j runs in its own container.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY explore ./explore
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
COPY cypher ./cypher
COPY schema.graphql ./
COPY examples ./examples
COPY seeds ./seeds
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=12 --start-period=15m CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/parley.js", "start"]
