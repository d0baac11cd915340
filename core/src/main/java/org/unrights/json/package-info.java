/** The SDK's JSON format: one Jackson mapper factory, {@link org.unrights.json.UnrightsJson}. */
package org.unrights.json;
