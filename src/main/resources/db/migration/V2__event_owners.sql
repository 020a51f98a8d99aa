-- One owner per live event (issue 13, docs/decisions.md "Several pods"): the process that runs the event's room.
-- Taking an event over bumps the epoch; every game write checks the epoch it was loaded with, in its own
-- transaction, so a process that lost the event can no longer change it.
create table event_owners (
    event_id    uuid primary key references events (id) on delete cascade,
    owner       varchar(120) not null,
    epoch       bigint       not null check (epoch > 0),
    expires_at  timestamptz  not null,
    acquired_at timestamptz  not null default now()
);
-- the owner's renewal reads its own rows
create index event_owners_owner_idx on event_owners (owner);
