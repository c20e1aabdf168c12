// Typed wrappers over runtime/tabs messaging: the only place that calls sendMessage.
import { browser } from 'wxt/browser';
import type { ContentMessage, ContentResponse, ContentType, Message, RequestType, Requests, Response, ContentRequests } from './protocol';

export async function ask<T extends RequestType>(type: T, req: Requests[T]['req']): Promise<Response<T>> {
  const msg = { type, ...req } as Message<T>;
  return (await browser.runtime.sendMessage(msg)) as Response<T>;
}

export async function askTab<T extends ContentType>(tabId: number, type: T, req: ContentRequests[T]['req']): Promise<ContentResponse<T>> {
  const msg = { type, ...req } as ContentMessage<T>;
  return (await browser.tabs.sendMessage(tabId, msg)) as ContentResponse<T>;
}
