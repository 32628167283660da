import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { describeIssues } from '@samtal/contracts';
import type { z } from 'zod';

/** Validates a request part against a zod schema; the 400 names fields, never their values. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (!result.success) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid request', problems: describeIssues(result.error) });
    }
    return result.data;
  }
}
