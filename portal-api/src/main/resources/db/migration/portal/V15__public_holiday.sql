-- The business calendar's public holidays, kept by the operator (/api/admin/calendar).
create table public_holiday (
    holiday_date date not null primary key,
    name varchar(100) not null
);
