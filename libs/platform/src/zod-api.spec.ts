import 'reflect-metadata';
import { Controller, Get, Logger, Module, Post, type INestApplication } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiZodBody, ZodBody, ZodResponse, ZodResponseInterceptor } from './zod-api.js';

const Answer = z.object({ id: z.string(), count: z.number().int() });

@Controller('t')
class TestController {
  @Get('good')
  @ZodResponse(Answer)
  good() {
    // `secret` is not in the contract: it must not leave.
    return { id: 'a', count: 2, secret: 'personnummer' };
  }

  @Get('bad')
  @ZodResponse(Answer)
  bad() {
    return { id: 'a', count: 'two' };
  }

  @Post('echo')
  @ApiZodBody(Answer)
  @ZodResponse(Answer, { status: 201 })
  echo(@ZodBody(Answer) body: z.infer<typeof Answer>) {
    return body;
  }
}

@Module({ controllers: [TestController] })
class TestModule {}

describe('REST contracts at the edge', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    app = await NestFactory.create(TestModule, { logger: false });
    app.useGlobalInterceptors(new ZodResponseInterceptor(app.get(Reflector)));
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, new DocumentBuilder().build()));
    Logger.overrideLogger(false);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers with what the contract names, and nothing else', async () => {
    expect(await (await fetch(`${url}/t/good`)).json()).toEqual({ id: 'a', count: 2 });
  });

  it('an answer outside its contract is a 500 that names no value', async () => {
    const response = await fetch(`${url}/t/bad`);
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('two');
  });

  it('a body outside its contract is a 400 naming the field', async () => {
    const post = (body: unknown) => fetch(`${url}/t/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ id: 'x', count: 1 })).status).toBe(201);
    const refused = await post({ id: 'x', count: 1.5 });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ statusCode: 400, problems: ['count: invalid_type'] });
  });

  it('the OpenAPI document carries the schemas', async () => {
    const document = (await (await fetch(`${url}/docs-json`)).json()) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const get = document.paths['/t/good']!['get'] as { responses: Record<string, { content: Record<string, { schema: unknown }> }> };
    expect(get.responses['200']!.content['application/json']!.schema).toMatchObject({ type: 'object', required: ['id', 'count'] });
    const post = document.paths['/t/echo']!['post'] as { requestBody: { content: Record<string, { schema: unknown }> } };
    expect(post.requestBody.content['application/json']!.schema).toMatchObject({ properties: { count: { type: 'integer' } } });
  });
});
