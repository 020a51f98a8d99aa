-- quizcast schema v1: accounts, events, segments, questions, participants, scores, answers,
-- join attempts and the live game state that must outlive a restart.

create table users (
    id            uuid primary key,
    username      varchar(50)  not null check (char_length(username) between 3 and 50),
    display_name  varchar(50)  not null check (char_length(display_name) between 1 and 50),
    email         varchar(255) not null,
    password_hash varchar(100) not null,
    role          varchar(20)  not null default 'participant' check (role in ('presenter', 'participant')),
    avatar_url    text,
    avatar_type   varchar(20),
    created_at    timestamptz  not null default now()
);
-- usernames are unique regardless of case; login looks them up the same way
create unique index users_username_lower_key on users (lower(username));

create table events (
    id                            uuid primary key,
    host_id                       uuid         not null references users (id) on delete cascade,
    title                         varchar(255) not null check (char_length(title) between 1 and 255),
    description                   text,
    join_code                     varchar(6)   not null check (join_code ~ '^[A-Z0-9]{6}$'),
    mode                          varchar(20)  not null default 'listen_only' check (mode in ('listen_only', 'normal')),
    status                        varchar(20)  not null default 'waiting' check (status in ('waiting', 'active', 'finished')),
    num_fake_answers              int          not null default 3 check (num_fake_answers between 1 and 5),
    time_per_question             int          not null default 30 check (time_per_question between 5 and 300),
    questions_to_generate         int          not null default 5 check (questions_to_generate between 1 and 20),
    question_gen_interval_seconds int check (question_gen_interval_seconds between 10 and 300),
    single_segment_mode           varchar(10)  not null default 'remix' check (single_segment_mode in ('remix', 'skip')),
    join_locked                   boolean      not null default false,
    join_locked_at                timestamptz,
    previous_status               varchar(20) check (previous_status in ('waiting', 'active', 'finished')),
    ended_at                      timestamptz,
    resumed_at                    timestamptz,
    created_at                    timestamptz  not null default now()
);
create unique index events_join_code_key on events (join_code);
create index events_host_created_idx on events (host_id, created_at desc);

create table segments (
    id                   uuid primary key,
    event_id             uuid         not null references events (id) on delete cascade,
    kind                 varchar(10)  not null default 'presenter' check (kind in ('presenter', 'mega')),
    presenter_name       varchar(100) not null,
    presenter_user_id    uuid references users (id) on delete set null,
    title                varchar(255),
    order_index          int          not null check (order_index >= 0),
    status               varchar(20)  not null default 'pending'
        check (status in ('pending', 'recording', 'recording_paused', 'quiz_ready', 'quizzing', 'completed')),
    previous_status      varchar(20)
        check (previous_status in ('pending', 'recording', 'recording_paused', 'quiz_ready', 'quizzing', 'completed')),
    recording_started_at timestamptz,
    recording_ended_at   timestamptz,
    quiz_started_at      timestamptz,
    ended_at             timestamptz,
    resumed_at           timestamptz,
    created_at           timestamptz  not null default now()
);
create unique index segments_event_order_key on segments (event_id, order_index);
create index segments_presenter_user_idx on segments (presenter_user_id);

create table questions (
    id                uuid primary key,
    segment_id        uuid        not null references segments (id) on delete cascade,
    question_text     text        not null check (char_length(question_text) >= 1),
    correct_answer    text        not null check (char_length(correct_answer) >= 1),
    fake_answers      text[]      not null default '{}' check (array_position(fake_answers, null) is null),
    order_index       int         not null default 0 check (order_index >= 0),
    is_ai_generated   boolean     not null default false,
    quality_score     real check (quality_score between 0 and 1),
    source_transcript text,
    created_at        timestamptz not null default now()
);
create index questions_segment_order_idx on questions (segment_id, order_index);

create table event_participants (
    id                     uuid primary key,
    event_id               uuid        not null references events (id) on delete cascade,
    user_id                uuid references users (id) on delete set null,
    device_id              uuid        not null,
    display_name           varchar(50) not null check (char_length(display_name) between 1 and 50),
    avatar_url             text,
    avatar_type            varchar(20),
    session_token_hash     varchar(64),
    total_score            int         not null default 0 check (total_score >= 0),
    total_response_time_ms bigint      not null default 0 check (total_response_time_ms >= 0),
    join_status            varchar(30) not null default 'active' check (join_status in ('active', 'waiting_for_segment')),
    is_late_joiner         boolean     not null default false,
    is_host                boolean     not null default false,
    -- false for the host's own participant, unless the host joined as a player (join-as-host)
    is_player              boolean     not null default true,
    joined_at              timestamptz not null default now(),
    last_seen_at           timestamptz
);
-- the old backend scanned this on every "is the device in another event" check
create index event_participants_user_idx on event_participants (user_id);
create index event_participants_device_idx on event_participants (device_id);
create unique index event_participants_event_device_key on event_participants (event_id, device_id);
create unique index event_participants_event_name_key on event_participants (event_id, display_name);
create unique index event_participants_event_user_key on event_participants (event_id, user_id) where user_id is not null;
create unique index event_participants_session_token_key on event_participants (session_token_hash);
create index event_participants_leaderboard_idx
    on event_participants (event_id, total_score desc, total_response_time_ms, joined_at);

create table segment_scores (
    id                     uuid primary key,
    segment_id             uuid        not null references segments (id) on delete cascade,
    participant_id         uuid        not null references event_participants (id) on delete cascade,
    score                  int         not null default 0 check (score >= 0),
    questions_answered     int         not null default 0 check (questions_answered >= 0),
    questions_correct      int         not null default 0 check (questions_correct between 0 and questions_answered),
    total_response_time_ms bigint      not null default 0 check (total_response_time_ms >= 0),
    created_at             timestamptz not null default now()
);
create unique index segment_scores_segment_participant_key on segment_scores (segment_id, participant_id);
create index segment_scores_participant_idx on segment_scores (participant_id);
create index segment_scores_leaderboard_idx on segment_scores (segment_id, score desc, total_response_time_ms);

-- one row per participant, question and round (a segment, or the mega quiz); a zero-fill row has no
-- selected answer and no time
create table answers (
    id               uuid primary key,
    segment_id       uuid        not null references segments (id) on delete cascade,
    question_id      uuid        not null references questions (id) on delete cascade,
    participant_id   uuid        not null references event_participants (id) on delete cascade,
    selected_answer  text,
    is_correct       boolean     not null default false,
    response_time_ms int check (response_time_ms >= 0),
    points           int         not null default 0 check (points between 0 and 1000),
    answered_at      timestamptz not null default now()
);
create unique index answers_round_question_participant_key on answers (segment_id, question_id, participant_id);
create index answers_participant_idx on answers (participant_id);
create index answers_question_idx on answers (question_id);

create table join_attempts (
    id             uuid primary key,
    event_id       uuid references events (id) on delete cascade,
    join_code      varchar(16),
    device_id      uuid,
    user_id        uuid references users (id) on delete set null,
    display_name   varchar(50),
    outcome        varchar(30) not null,
    participant_id uuid references event_participants (id) on delete set null,
    attempted_at   timestamptz not null default now()
);
create index join_attempts_event_idx on join_attempts (event_id, attempted_at);
create index join_attempts_user_idx on join_attempts (user_id);
create index join_attempts_participant_idx on join_attempts (participant_id);

-- the questions of a round in play order, each with the answer order shown to everyone
create table round_questions (
    segment_id     uuid        not null references segments (id) on delete cascade,
    position       int         not null check (position >= 0),
    question_id    uuid        not null references questions (id) on delete cascade,
    answers        text[]      not null check (cardinality(answers) >= 2),
    time_limit_s   int         not null check (time_limit_s between 5 and 300),
    opened_at      timestamptz,
    zero_filled_at timestamptz,
    primary key (segment_id, position)
);
create index round_questions_question_idx on round_questions (question_id);

-- the live game of an event: what the Hub caches, stored as it changes so a restart resumes it
create table game_states (
    event_id              uuid primary key references events (id) on delete cascade,
    segment_id            uuid references segments (id) on delete set null,
    phase                 varchar(30) not null default 'not_started' check (phase in (
        'not_started', 'showing_question', 'revealing_answer', 'showing_leaderboard', 'segment_complete',
        'mega_quiz_ready', 'mega_quiz', 'event_complete', 'presenter_paused')),
    question_index        int check (question_index >= 0),
    question_started_at   timestamptz,
    paused_reason         varchar(30) check (paused_reason in ('no_participants', 'presenter_disconnected', 'all_disconnected')),
    paused_phase          varchar(30),
    remaining_ms_at_pause bigint check (remaining_ms_at_pause >= 0),
    pending_presenter_id  uuid,
    updated_at            timestamptz not null default now()
);
create index game_states_segment_idx on game_states (segment_id);
