-- Daily bars fetched from providers. A provider's later correction of a day is kept as a new
-- revision (1, 2, ...), never an overwrite; sheets use the latest revision and say so in their source.
CREATE TABLE bars (
    symbol        VARCHAR(32)      NOT NULL,
    bar_date      DATE             NOT NULL,
    provider      VARCHAR(32)      NOT NULL,
    revision      INTEGER          NOT NULL,
    open_price    DOUBLE PRECISION,
    high_price    DOUBLE PRECISION,
    low_price     DOUBLE PRECISION,
    close_price   DOUBLE PRECISION NOT NULL,
    adj_close     DOUBLE PRECISION,
    volume        DOUBLE PRECISION,
    retrieved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (symbol, bar_date, provider, revision)
);
CREATE INDEX bars_by_symbol ON bars (symbol, provider, bar_date);
