# The API image; Neo4j runs from the official image (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml requirements.lock README.md ./
COPY schema ./schema
COPY graph ./graph
COPY ingest ./ingest
COPY api ./api
COPY data ./data
# The explorer: static files served at / (found as ./web from the working directory).
COPY web/index.html ./web/index.html
COPY web/assets ./web/assets
RUN pip install --no-cache-dir --require-hashes -r requirements.lock \
    && pip install --no-cache-dir --no-deps . \
    && useradd --create-home computegraph
USER computegraph
ENV COMPUTEGRAPH_API_HOST=0.0.0.0
EXPOSE 8000
CMD ["sh", "-c", "computegraph ingest --replace data && computegraph serve"]
