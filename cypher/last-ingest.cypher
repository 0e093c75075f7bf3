// name: last-ingest
// description: What the last ingest runs changed: documents new/changed/removed/failed and nodes and relationships created or deleted
// param: runs integer = 1
// json: outcomes options
MATCH (run:IngestRun)
WITH run ORDER BY run.startedAt DESC LIMIT $runs
RETURN run.id AS run,
       run.source AS source,
       run.startedAt AS startedAt,
       run.seconds AS seconds,
       run.documentsNew AS documentsNew,
       run.documentsChanged AS documentsChanged,
       run.documentsUnchanged AS documentsUnchanged,
       run.documentsRemoved AS documentsRemoved,
       run.documentsSkipped AS documentsSkipped,
       run.documentsFailed AS documentsFailed,
       run.nodesCreated AS nodesCreated,
       run.nodesDeleted AS nodesDeleted,
       run.relationshipsCreated AS relationshipsCreated,
       run.relationshipsDeleted AS relationshipsDeleted,
       run.outcomes AS outcomes,
       run.options AS options
ORDER BY startedAt DESC
