import {
  applyDecorators,
  Body,
  Injectable,
  InternalServerErrorException,
  Logger,
  Query,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { describeIssues } from '@samtal/contracts';
import { map, type Observable } from 'rxjs';
import { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe.js';

/**
 * REST contracts at the edge, from the zod schemas in `@samtal/contracts`: one schema both
 * validates and documents. `@ZodResponse(schema)` documents the answer in the OpenAPI document and
 * has `ZodResponseInterceptor` parse every answer with it (unknown keys are dropped, so nothing
 * leaves that the contract does not name; an answer that breaks its contract is a 500, logged with
 * paths only). `@ZodBody` and `@ZodQuery` validate the request part (400 naming fields, never
 * values) and document it. zod 4 writes the JSON Schema itself (`z.toJSONSchema`, OpenAPI 3.0).
 */

const RESPONSE_SCHEMA = 'samtal:response-schema';

/** The OpenAPI 3.0 schema of a zod schema: `output` for what the server sends, `input` for what it accepts. */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;
}

/** The handler's answer (status 200 unless given) follows `schema`: documented, and checked on the way out. */
export function ZodResponse(schema: z.ZodType, options: { status?: number; description?: string } = {}) {
  return applyDecorators(
    ApiResponse({ status: options.status ?? 200, description: options.description ?? 'OK', schema: openApiSchema(schema, 'output') }),
    SetMetadata(RESPONSE_SCHEMA, schema),
  );
}

/** The request body, validated with `schema` (400 otherwise) and documented. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return Body(new ZodValidationPipe(schema));
}

/** Documents a body schema on the handler (pair with `@ZodBody` or a pipe that validates it). */
export function ApiZodBody(schema: z.ZodType) {
  return ApiBody({ schema: openApiSchema(schema, 'input') });
}

/** The query string, validated with `schema` (400 otherwise). Pair with `@ApiZodQuery(schema)` on the handler. */
export function ZodQuery(schema: z.ZodType): ParameterDecorator {
  return Query(new ZodValidationPipe(schema));
}

/** Documents each property of an object schema as a query parameter. */
export function ApiZodQuery(schema: z.ZodObject) {
  const json = openApiSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) =>
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property }),
    ),
  );
}

/** Parses every answer of a handler marked `@ZodResponse` with its schema (global in `startService`). */
@Injectable()
export class ZodResponseInterceptor implements NestInterceptor {
  private readonly log = new Logger('ZodResponse');

  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const schema = this.reflector.get<z.ZodType | undefined>(RESPONSE_SCHEMA, context.getHandler());
    if (!schema) return next.handle();
    return next.handle().pipe(
      map((value: unknown) => {
        const result = schema.safeParse(value);
        if (result.success) return result.data;
        // Paths and codes only: a response may hold personal data.
        this.log.error(`${context.getClass().name}.${context.getHandler().name} answered outside its contract: ${describeIssues(result.error).join('; ')}`);
        throw new InternalServerErrorException('the response did not match its contract');
      }),
    );
  }
}
