-- Every SFTP user name a practice has held, kept for good: a name is never given to another practice, whose home
-- would then be the first one's (its answers and payment statements in out/).
create table sftp_user_name (
    name           varchar(32) primary key,
    practice_inami varchar(11) not null references practice (inami),
    first_used     timestamp   not null
);

insert into sftp_user_name (name, practice_inami, first_used)
select sftp_user, inami, created_at from practice;
