-- nothing but comments
/* and a block
   comment */
SET search_path = public;
