-- Issue 20: seven question types, per-question time limit, points and explanation.
-- A question without the new columns set is today's single-choice question.
alter table questions
    add column question_type    varchar(12) not null default 'single'
        check (question_type in ('single', 'multiple', 'true_false', 'type_answer', 'poll', 'slider', 'ordering')),
    -- multiple: every correct answer; type_answer: every accepted answer; ordering: the items in the right order
    add column correct_answers  text[]      not null default '{}' check (array_position(correct_answers, null) is null),
    add column slider_min       numeric,
    add column slider_max       numeric,
    add column slider_step      numeric check (slider_step > 0),
    add column slider_tolerance numeric check (slider_tolerance >= 0),
    add column typo_tolerance   smallint    not null default 1 check (typo_tolerance in (0, 1)),
    add column time_limit_s     int check (time_limit_s between 5 and 240),
    add column points_mode      varchar(8)  not null default 'standard'
        check (points_mode in ('standard', 'double', 'none')),
    add column explanation      text;

-- a poll has no correct answer, an ordering's is its list of items
alter table questions alter column correct_answer drop not null;
alter table questions add constraint questions_correct_answer_required
    check (question_type in ('poll', 'ordering') or correct_answer is not null);
alter table questions add constraint questions_slider_complete
    check (question_type <> 'slider' or (slider_min is not null and slider_max is not null and slider_step is not null
                                         and slider_tolerance is not null and slider_min < slider_max));

-- a typed or numeric answer offers nothing to choose from
alter table round_questions drop constraint round_questions_answers_check;

-- double points (and, later, the streak bonus) go beyond 1000 for one answer
alter table answers drop constraint answers_points_check;
alter table answers add constraint answers_points_check check (points between 0 and 10000);
