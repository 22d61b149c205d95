/** An operator's resource: fabric8's CustomResource and what it reaches get their copiers here. */
@DeepCopy.Include(value = CustomResource.class, transitive = true)
package com.example;

import io.fabric8.kubernetes.client.CustomResource;
import io.github.deepcopygen.DeepCopy;
