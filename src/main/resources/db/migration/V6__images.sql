-- Issue 20: question images, uploaded by the organiser and stored here, so a restart or another pod serves them.
create table images (
    id           uuid primary key,
    event_id     uuid        not null references events (id) on delete cascade,
    content_type varchar(20) not null check (content_type in ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    width        int         not null check (width > 0),
    height       int         not null check (height > 0),
    byte_size    int         not null check (byte_size > 0),
    -- the strong ETag, and the same picture uploaded twice to one event is stored once
    sha256       varchar(64) not null,
    data         bytea       not null,
    created_at   timestamptz not null default now()
);
create unique index images_event_sha_key on images (event_id, sha256);

alter table questions add column image_id uuid references images (id) on delete set null;
create index questions_image_idx on questions (image_id);
