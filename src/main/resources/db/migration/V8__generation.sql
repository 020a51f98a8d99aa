-- Issue 22: a talk becomes the quiz. Recorded audio, durable generation jobs, transcripts, drafts awaiting review and
-- the processing log, all in PostgreSQL so that any pod can take a job over (docs/decisions.md, "Talk to quiz").

-- one row per uploaded chunk; a chunk that begins with a container header starts a take (one recorder's file)
create table audio_chunks (
    segment_id   uuid        not null references segments (id) on delete cascade,
    chunk_index  int         not null check (chunk_index between 0 and 100000),
    take_start   boolean     not null,
    content_type varchar(40) not null,
    byte_size    int         not null check (byte_size > 0),
    sha256       varchar(64) not null,
    data         bytea       not null,
    created_at   timestamptz not null default now(),
    primary key (segment_id, chunk_index)
);

create table generation_jobs (
    id                uuid primary key,
    segment_id        uuid        not null references segments (id) on delete cascade,
    event_id          uuid        not null references events (id) on delete cascade,
    created_by        uuid        references users (id) on delete set null,
    source            varchar(8)  not null check (source in ('audio', 'notes', 'topic')),
    status            varchar(14) not null check (status in ('queued', 'running', 'drafts_ready', 'failed', 'cancelled')),
    stage             varchar(14) not null check (stage in ('queued', 'transcribing', 'generating', 'checking', 'done')),
    progress          smallint    not null default 0 check (progress between 0 and 100),
    -- an audio job created while the talk goes on (interval generation) transcribes finished takes only, until
    -- finalize-and-transcribe marks it finalized; every other job is finalized from the start
    finalized         boolean     not null default true,
    -- pasted notes or a topic (source notes/topic)
    input_text        text,
    -- regenerate one draft: the job writes its replacement
    target_draft_id   uuid,
    attempts          int         not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null default now(),
    -- the claim: its holder, until when, and a token every write of the holder names (a stale holder writes nothing)
    lease_owner       varchar(120),
    lease_until       timestamptz,
    lease_token       bigint      not null default 0,
    error_code        varchar(40),
    error_message     text,
    chunks_processed  int,
    transcript_length int,
    drafts_count      int,
    audio_seconds     numeric(10, 2),
    prompt_tokens     int,
    completion_tokens int,
    prompt_version    varchar(20),
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz
);
-- at most one live job per segment: a repeated finalize finds it
create unique index generation_jobs_live_segment_key on generation_jobs (segment_id) where status in ('queued', 'running');
create index generation_jobs_segment_idx on generation_jobs (segment_id, created_at desc);
create index generation_jobs_event_idx on generation_jobs (event_id);
create index generation_jobs_creator_idx on generation_jobs (created_by, created_at);
-- the claim's scan: only live jobs, by when they are due
create index generation_jobs_due_idx on generation_jobs (next_attempt_at) where status in ('queued', 'running');

-- what speech to text said for a run of chunks; kept per segment, so a retry or a new job never pays for it again
create table transcript_parts (
    segment_id    uuid        not null references segments (id) on delete cascade,
    first_chunk   int         not null,
    last_chunk    int         not null check (last_chunk >= first_chunk),
    -- the chunks' hashes joined: a part is reused only for exactly the audio it came from
    audio_sha256  varchar(64) not null,
    text          text        not null,
    audio_seconds numeric(10, 2),
    created_at    timestamptz not null default now(),
    primary key (segment_id, first_chunk)
);

-- generated questions awaiting review; never read by the game
create table question_drafts (
    id            uuid primary key,
    segment_id    uuid        not null references segments (id) on delete cascade,
    job_id        uuid        references generation_jobs (id) on delete set null,
    order_index   int         not null check (order_index >= 0),
    -- the question as a client would send it (QuestionInput)
    body          jsonb       not null,
    quality_score real check (quality_score between 0 and 1),
    evidence      text,
    created_at    timestamptz not null default now()
);
create index question_drafts_segment_idx on question_drafts (segment_id, order_index);
create index question_drafts_job_idx on question_drafts (job_id);

create table processing_logs (
    id         bigint generated always as identity primary key,
    segment_id uuid        not null references segments (id) on delete cascade,
    job_id     uuid        references generation_jobs (id) on delete set null,
    stage      varchar(20) not null,
    level      varchar(8)  not null check (level in ('info', 'warning', 'error')),
    message    text        not null,
    created_at timestamptz not null default now()
);
create index processing_logs_segment_idx on processing_logs (segment_id, created_at desc);
create index processing_logs_job_idx on processing_logs (job_id);
