-- Sign-in and sign-up attempts, counted in the database so that every app process counts the same ones.
CREATE TABLE "AttemptLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "AttemptLimit_pkey" PRIMARY KEY ("key")
);
